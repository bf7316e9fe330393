package org.jingzhun.web;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.jingzhun.core.policy.PolicyBook;
import org.jingzhun.examples.calculation.Calculations;

/**
 * 压力测试 — the web API under load: many concurrent clients, each on its own kept-alive HTTP/1.1
 * connection ({@link LoopbackClient}), post one-household prescriptions to a server on 127.0.0.1 (in this JVM, with its access log written as in production, to a file),
 * for a fixed time and at most a fixed number of requests, after a warm-up. It reports the
 * throughput, the latency percentiles, the errors, the CPU time per request and the heap after a
 * full collection at the start and at the end of the measured run, and again after 15 s more. Not part of the tests (it takes over a minute):
 *
 * <pre>mvn -B -P load -pl web -am test -DskipTests</pre>
 *
 * Settings (system properties, passed as {@code -Dload.clients=64} etc. in the profile's
 * arguments, or through {@code JINGZHUN_LOAD} in the environment, e.g.
 * {@code JINGZHUN_LOAD="clients=64 seconds=60"}): {@code clients} (default 32), {@code seconds}
 * measured (60), {@code warmup} seconds (15), {@code max} requests measured (2,000,000), {@code workers} of the server (one per processor).
 */
public final class PrescriptionLoad {
  private PrescriptionLoad() {}

  public static void main(String[] args) throws Exception {
    Settings s = Settings.read();
    String household = Files.readString(Path.of("..", "docs", "examples", "poor-household-case.json"), StandardCharsets.UTF_8);
    Path log = Files.createTempFile("jingzhun-access-", ".log");
    try (var out = Files.newBufferedWriter(log, StandardCharsets.UTF_8);
        WebServer server = WebServer.start(PolicyBook.shipped(), Calculations.shipped(), withWorkers(WebOptions.defaults(0), s.workers)
            .withAccessLog(line -> {
              synchronized (out) {
                try {
                  out.write(line);
                  out.newLine();
                } catch (java.io.IOException e) {
                  throw new java.io.UncheckedIOException(e);
                }
              }
            }))) {
      URI uri = server.uri().resolve("calculate/prescription?date=2015-12-01&region=511902");
      if (!uri.getHost().equals("127.0.0.1")) {
        throw new IllegalStateException("the load test runs against 127.0.0.1 only");
      }
      System.out.printf(Locale.ROOT, "load: %d clients, %d s warm-up, %d s measured (at most %,d requests), %d processors,"
          + " %d workers%n", s.clients, s.warmup, s.seconds, s.max, Runtime.getRuntime().availableProcessors(), s.workers);
      run(uri, household, s.clients, s.warmup, Long.MAX_VALUE, false);
      long heapBefore = heapAfterGc();
      Result r = run(uri, household, s.clients, s.seconds, s.max, true);
      long heapAfter = heapAfterGc();
      // a second, shorter run: a heap that grew by retaining something per request grows again;
      // one that filled its pools and per-thread buffers stays where it is
      run(uri, household, s.clients, 15, Long.MAX_VALUE, false);
      long heapAgain = heapAfterGc();
      System.out.printf(Locale.ROOT, "load: %,d prescriptions in %.1f s = %,.0f a second; errors %d%n", r.count, r.seconds,
          r.count / r.seconds, r.errors);
      System.out.printf(Locale.ROOT, "load: latency p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, p99.9 %.2f ms, max %.2f ms%n",
          r.percentile(50), r.percentile(90), r.percentile(99), r.percentile(99.9), r.percentile(100));
      System.out.printf(Locale.ROOT, "load: CPU per prescription %.0f µs in the server (everything but the client threads),"
          + " %.0f µs in the clients; the machine's load average at the end %.1f%n",
          r.serverCpuNanos / 1e3 / r.count, r.clientCpuNanos / 1e3 / r.count,
          ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
      System.out.printf(Locale.ROOT, "load: heap after full GC %.1f MiB at the start, %.1f MiB at the end, %.1f MiB after"
          + " 15 s more%n", heapBefore / 1048576.0, heapAfter / 1048576.0, heapAgain / 1048576.0);
    } finally {
      Files.deleteIfExists(log);
    }
  }

  /** The CPU time of the live threads, by name without its number (jingzhun-worker, qtp…). */
  private static java.util.Map<String, Long> cpuByThreadKind() {
    var threads = ManagementFactory.getThreadMXBean();
    java.util.Map<String, Long> byKind = new java.util.TreeMap<>();
    for (var info : threads.getThreadInfo(threads.getAllThreadIds())) {
      if (info != null) {
        long cpu = threads.getThreadCpuTime(info.getThreadId());
        String kind = info.getThreadName().replaceAll("[-_]?\\d+$", "");
        byKind.merge(kind, Math.max(0, cpu), Long::sum);
      }
    }
    return byKind;
  }

  private static WebOptions withWorkers(WebOptions o, int workers) {
    return new WebOptions(o.host(), o.port(), o.maxBodyBytes(), o.timeLimit(), workers, o.queue(), o.corsOrigins(), o.accessLog());
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  private static long heapAfterGc() throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(200);
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  /** The latencies of a run, in microseconds, and its errors. */
  record Result(long count, long errors, double seconds, int[] micros, long serverCpuNanos, long clientCpuNanos) {
    double percentile(double p) {
      if (micros.length == 0) {
        return 0;
      }
      int i = (int) Math.ceil(p / 100 * micros.length) - 1;
      return micros[Math.max(0, Math.min(micros.length - 1, i))] / 1000.0;
    }
  }

  private static Result run(URI uri, String body, int clients, int seconds, long max, boolean record) throws Exception {
    long perClient = Math.min(max / clients + 1, 4_000_000);
    int[][] latencies = new int[clients][];
    long[] counts = new long[clients];
    AtomicLong errors = new AtomicLong();
    AtomicLong issued = new AtomicLong();
    AtomicLong clientCpu = new AtomicLong();
    long cpuStart = processCpuNanos();
    java.util.Map<String, Long> threadsStart = cpuByThreadKind();
    CountDownLatch done = new CountDownLatch(clients);
    long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
    long start = System.nanoTime();
    for (int c = 0; c < clients; c++) {
      int client = c;
      latencies[c] = new int[record ? (int) perClient : 0];
      Thread t = new Thread(() -> {
        try (LoopbackClient http = new LoopbackClient(uri, body)) {
          int n = 0;
          while (System.nanoTime() < end && issued.incrementAndGet() <= max && (!record || n < perClient)) {
            long t0 = System.nanoTime();
            try {
              if (http.post() != 200) {
                errors.incrementAndGet();
              }
            } catch (java.io.IOException e) {
              errors.incrementAndGet();
              http.reconnect();
            }
            if (record) {
              latencies[client][n] = (int) Math.min(Integer.MAX_VALUE, (System.nanoTime() - t0) / 1000);
            }
            n++;
          }
          counts[client] = n;
          clientCpu.addAndGet(ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime());
        } catch (java.io.IOException e) {
          errors.incrementAndGet();
        } finally {
          done.countDown();
        }
      }, "load-client-" + c);
      t.setDaemon(true);
      t.start();
    }
    done.await();
    double elapsed = (System.nanoTime() - start) / 1e9;
    long serverCpu = processCpuNanos() - cpuStart - clientCpu.get();
    if (record) {
      java.util.Map<String, Long> threadsEnd = cpuByThreadKind();
      StringBuilder kinds = new StringBuilder();
      threadsEnd.forEach((kind, nanos) -> {
        double micros = (nanos - threadsStart.getOrDefault(kind, 0L)) / 1e3 / Math.max(1, Arrays.stream(counts).sum());
        if (micros >= 1 && !kind.equals("load-client")) {
          kinds.append(String.format(Locale.ROOT, " %s %.0f µs,", kind, micros));
        }
      });
      System.out.println("load: CPU per prescription by thread:" + kinds.substring(0, Math.max(0, kinds.length() - 1))
          + " (the rest of the server's: garbage collection and compilation)");
    }
    long total = Arrays.stream(counts).sum();
    int[] all = new int[record ? (int) total : 0];
    if (record) {
      int k = 0;
      for (int c = 0; c < clients; c++) {
        System.arraycopy(latencies[c], 0, all, k, (int) counts[c]);
        k += (int) counts[c];
      }
      Arrays.sort(all);
    }
    return new Result(total, errors.get(), elapsed, all, serverCpu, clientCpu.get());
  }

  /** The settings, from system properties or {@code JINGZHUN_LOAD}. */
  private record Settings(int clients, int seconds, int warmup, long max, int workers) {
    static Settings read() {
      java.util.Map<String, String> env = new java.util.HashMap<>();
      String given = System.getenv("JINGZHUN_LOAD");
      if (given != null) {
        for (String pair : given.trim().split("\\s+")) {
          String[] kv = pair.split("=", 2);
          if (kv.length == 2) {
            env.put(kv[0], kv[1]);
          }
        }
      }
      return new Settings(get(env, "clients", 32), get(env, "seconds", 60), get(env, "warmup", 15), get(env, "max", 2_000_000),
          get(env, "workers", Runtime.getRuntime().availableProcessors()));
    }

    private static int get(java.util.Map<String, String> env, String name, int otherwise) {
      String value = System.getProperty("load." + name, env.get(name));
      int n = value == null ? otherwise : Integer.parseInt(value);
      if (n < 1 || (name.equals("seconds") && n > 600) || (name.equals("clients") && n > 1000)
          || (name.equals("workers") && n > 64)) {
        throw new IllegalArgumentException("load." + name + " out of bounds: " + n);
      }
      return n;
    }
  }
}
