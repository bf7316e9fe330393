package org.jingzhun.web.internal;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * 计算线程 — the threads that compute answers: a fixed number, with a bounded queue, so that
 * however many requests arrive, no more than {@code workers} calculations run at once and no more
 * than {@code queue} wait (a request beyond that is refused with 503 at once). A calculation that
 * passes the time limit is answered 503 and finishes in the background: pure functions cannot be
 * stopped midway, and the pool bounds how many can run so.
 */
final class Workers implements AutoCloseable {
  private final ThreadPoolExecutor pool;

  Workers(int workers, int queue) {
    AtomicInteger n = new AtomicInteger();
    pool = new ThreadPoolExecutor(workers, workers, 1, TimeUnit.MINUTES, new ArrayBlockingQueue<>(queue), r -> {
      Thread t = new Thread(r, "jingzhun-worker-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    }, new ThreadPoolExecutor.AbortPolicy());
  }

  /** Runs {@code task} on a worker; refused when every worker is busy and the queue is full. */
  <T> Future<T> submit(Callable<T> task) {
    return pool.submit(task);
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
