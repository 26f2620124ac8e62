package be.permits.planted.service;

import be.permits.planted.api.PlantedResource;

/** Planted violation: a use case that reaches up into an adapter. */
public class LeakyUseCase {
  public Object run() {
    return new PlantedResource().read();
  }
}
