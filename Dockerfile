FROM python:3.11-slim
WORKDIR /app
COPY pyproject.toml README.md ./
COPY kg ./kg
COPY extractors ./extractors
COPY cypher ./cypher
COPY api ./api
COPY examples ./examples
RUN pip install --no-cache-dir .
RUN useradd --create-home kg
# KG_DATA_DIR (default ./data) takes the load lock, rejects and gazetteers: the API's user must own it,
# or every POST /ingest/* fails on creating it in root's /app.
RUN mkdir -p /app/data && chown kg:kg /app/data
USER kg
EXPOSE 8000
CMD ["kg", "serve", "--host", "0.0.0.0", "--port", "8000"]
