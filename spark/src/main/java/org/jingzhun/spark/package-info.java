/**
 * 全国名册上 Spark — registers of millions of households screened, identified, prescribed,
 * exit-checked and rolled up on Spark, with the answers of one machine: start with
 * {@link org.jingzhun.spark.JingzhunSpark#of}, a {@link org.jingzhun.spark.PolicyText} and a
 * register of the layout {@link org.jingzhun.spark.RegisterSchema#HOUSEHOLDS}; the results'
 * columns are in {@link org.jingzhun.spark.ResultSchema}. See docs/spark.md.
 */
package org.jingzhun.spark;
