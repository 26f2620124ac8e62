package be.permits.planted.alpha;

import be.permits.planted.beta.Beta;

/** Planted violation: one half of a package cycle. */
public class Alpha {
  public Beta beta() {
    return new Beta();
  }
}
