"""The pipeline on Apache Spark: ``python -m sukien.spark INPUT... --out DIR`` or
``spark-submit -m sukien.spark …``. Needs the ``spark`` extra (pyspark) and Java."""

from sukien.options import SparkJobOptions
from sukien.spark.job import SparkJobSummary, run_job, spark_session

__all__ = ["SparkJobOptions", "SparkJobSummary", "run_job", "spark_session"]
