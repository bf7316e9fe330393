package org.jingzhun.benchmarks.policy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.core.policy.PolicyFile;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Loading a policy file of 10 MiB (money parameters of 60 values each): every value checked, every
 * timeline built, in YAML and in JSON. Target: under 2 s each. One load is one invocation
 * ({@link Mode#SingleShotTime}), in seconds.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
public class PolicyLoadBenchmark {

  /** The file's text, generated once. */
  @State(Scope.Benchmark)
  public static class File {
    @Param({"yaml", "json"})
    public String format;

    byte[] bytes;

    @Setup(Level.Trial)
    public void generate() {
      String text = format.equals("yaml") ? LargePolicyFiles.yamlOfSize(LargePolicyFiles.TEN_MB, 60)
          : LargePolicyFiles.jsonOfSize(LargePolicyFiles.TEN_MB, 60);
      bytes = text.getBytes(StandardCharsets.UTF_8);
      if (bytes.length < LargePolicyFiles.TEN_MB) {
        throw new IllegalStateException("the generated file has " + bytes.length + " bytes, less than 10 MiB");
      }
    }
  }

  @Benchmark
  public PolicyBook load(File f) {
    return PolicyBook.load(PolicyFile.of("large." + f.format, new ByteArrayInputStream(f.bytes)));
  }
}
