package be.permits.planted.beta;

import be.permits.planted.alpha.Alpha;

/** Planted violation: the other half of a package cycle. */
public class Beta {
  public Alpha alpha() {
    return new Alpha();
  }
}
