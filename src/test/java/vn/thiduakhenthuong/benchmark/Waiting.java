package vn.thiduakhenthuong.benchmark;

import java.util.function.BooleanSupplier;

/** Polls every 5 ms for what a job executor does in the background; fails after 2 minutes. */
final class Waiting {

  static void until(BooleanSupplier condition, String what) {
    long deadline = System.nanoTime() + 120_000_000_000L;
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("timed out waiting for " + what);
      }
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  private Waiting() {}
}
