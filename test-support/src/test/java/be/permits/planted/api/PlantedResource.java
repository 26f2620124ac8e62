package be.permits.planted.api;

import be.permits.planted.domain.HttpAwareEntity;
import jakarta.transaction.Transactional;

/** Planted violation: an adapter that opens a transaction and hands out an entity. */
public class PlantedResource {
  @Transactional
  public HttpAwareEntity read() {
    return new HttpAwareEntity();
  }
}
