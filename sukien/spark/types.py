"""Spark schemas from the store's Arrow schemas, so Parquet written by Spark reads back
with the same columns as a DuckDB store."""

from __future__ import annotations

import pyarrow as pa
from pyspark.sql import types as T


def spark_schema(schema: pa.Schema) -> T.StructType:
    return T.StructType([T.StructField(f.name, spark_type(f.type), True) for f in schema])


def spark_type(arrow: pa.DataType) -> T.DataType:
    if pa.types.is_struct(arrow):
        return T.StructType([T.StructField(arrow.field(i).name, spark_type(arrow.field(i).type),
                                           True) for i in range(arrow.num_fields)])
    if pa.types.is_list(arrow):
        return T.ArrayType(spark_type(arrow.value_type), True)
    if pa.types.is_timestamp(arrow):
        return T.TimestampNTZType()
    scalar: dict[pa.DataType, T.DataType] = {
        pa.string(): T.StringType(), pa.int16(): T.ShortType(), pa.int32(): T.IntegerType(),
        pa.int64(): T.LongType(), pa.uint32(): T.LongType(), pa.float64(): T.DoubleType(),
        pa.bool_(): T.BooleanType()}
    if arrow not in scalar:
        raise TypeError(f"no Spark type for {arrow}")
    return scalar[arrow]
