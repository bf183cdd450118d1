"""The pipeline on Apache Spark: ``python -m sukien.spark INPUT... --out DIR`` or
``spark-submit -m sukien.spark …``. Needs the ``spark`` extra (pyspark) and Java."""

from sukien.spark.job import SparkJobOptions, SparkJobSummary, run_job, spark_session

__all__ = ["SparkJobOptions", "SparkJobSummary", "run_job", "spark_session"]
