package be.permits.planted.web;

import be.permits.planted.api.PlantedResource;

/** Planted violation: a page that calls the API's code. */
public class PlantedPage {
  public Object show() {
    return new PlantedResource().read();
  }
}
