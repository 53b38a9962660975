"""The baseline's one table (created and dropped by the bench)."""

from sqlalchemy import Column, DateTime, Integer, MetaData, String, Table, func

metadata = MetaData()
bench_inserts = Table(
    "bench_inserts",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("student", Integer, nullable=False),
    Column("label", String(20), nullable=False),
    Column("created_at", DateTime, server_default=func.now()),
)
