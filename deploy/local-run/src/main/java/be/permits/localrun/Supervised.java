package be.permits.localrun;

/** A part of the suite that runs as a process of its own and is restarted when it dies. */
interface Supervised {
  String name();

  boolean isAlive();

  /** Starts the part again, with the same settings and data, and waits until it is ready. */
  void restart();

  /** SIGKILL, as a crash or an out-of-memory kill would end it: no shutdown, no cleanup. */
  void kill();
}
