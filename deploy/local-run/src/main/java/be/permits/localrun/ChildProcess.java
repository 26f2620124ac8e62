package be.permits.localrun;

import java.time.Duration;

/**
 * A part of the suite that runs as a child process of the launcher: started by {@link #launch},
 * which calls {@link #spawn}, watched and started again by the {@link Supervisor}, killed on
 * purpose by the fault test.
 */
abstract class ChildProcess implements Supervised, AutoCloseable {
  private Process process;
  private Duration lastStart;

  /** Starts the process and waits until it is ready; answers it. */
  protected abstract Process spawn();

  protected final synchronized void launch() {
    long began = System.nanoTime();
    process = spawn();
    lastStart = Duration.ofNanos(System.nanoTime() - began);
  }

  /** How long the last start took, from spawning the process to its first ready answer. */
  synchronized Duration lastStart() {
    return lastStart;
  }

  /** The operating system's id of the running process. */
  synchronized long pid() {
    return process.pid();
  }

  @Override
  public synchronized boolean isAlive() {
    return process.isAlive();
  }

  @Override
  public void restart() {
    launch();
  }

  @Override
  public synchronized void kill() {
    process.destroyForcibly();
    try {
      process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    stop(Duration.ofSeconds(20));
  }

  /**
   * Stops the process as an operator would and starts it again; answers how long the start took.
   * The supervisor, which asks {@link #isAlive} under the same lock, never sees it down.
   */
  synchronized Duration stopAndStart() {
    close();
    launch();
    return lastStart;
  }

  /** Asks the process to stop, and kills it if it has not after {@code grace}. */
  protected final synchronized void stop(Duration grace) {
    Processes.stop(process, grace);
  }
}
