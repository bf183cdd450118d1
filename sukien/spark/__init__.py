"""The pipeline on Apache Spark: ``sukien spark INPUT... --out DIR``, or spark-submit with
``sukien/spark/__main__.py`` as the application. Needs the ``spark`` extra (pyspark) and
Java."""

from sukien.options import SparkJobOptions
from sukien.spark.job import SparkJobSummary, run_job, spark_session

__all__ = ["SparkJobOptions", "SparkJobSummary", "run_job", "spark_session"]
