"""Summarize a JSONL file of clusters with Spark and write the summaries as JSONL.

    spark-submit --master local[2] examples/spark/summarize_clusters.py IN.jsonl OUT_DIR [--words N]

On a cluster, ship the tidings wheel to the executors (see docs/SPARK.md). Each output line
is the `tidings summarize --format json` object of one input cluster (the `json` column);
clusters that could not be summarized are listed with their error on stderr.
"""
import argparse
import time

from pyspark.sql import SparkSession

from tidings.spark import summarize_dataframe


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("input")
    ap.add_argument("output")
    ap.add_argument("--words", type=int, default=100)
    ap.add_argument("--partitions", type=int, default=0)
    args = ap.parse_args()
    spark = SparkSession.builder.appName("tidings").getOrCreate()
    clusters = spark.read.json(args.input)
    if args.partitions:
        clusters = clusters.repartition(args.partitions)
    started = time.perf_counter()
    result = summarize_dataframe(clusters, words=args.words).cache()
    n = result.count()
    secs = time.perf_counter() - started
    for row in result.where("error is not null").select("id", "error").collect():
        print(f"error: {row.id}: {row.error}")
    result.where("error is null").select("json").write.mode("overwrite").text(args.output)
    cores = spark.sparkContext.defaultParallelism
    print(f"tidings on spark: {n} clusters in {secs:.1f} s = {n / secs:.0f} clusters/s "
          f"on {cores} cores ({n / secs / cores:.0f} per core)")
    spark.stop()


if __name__ == "__main__":
    main()
