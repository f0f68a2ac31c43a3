package io.mooring.graphsimulator.world;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** A human Facebook user. Changing the password bumps the session generation. */
public final class Person {
  private final String id;
  private final String name;
  private final String email;
  private final AtomicInteger sessionGeneration = new AtomicInteger();
  private final List<String> businessIds = new CopyOnWriteArrayList<>();

  public Person(String id, String name, String email) {
    this.id = id;
    this.name = name;
    this.email = email;
  }

  public String id() {
    return id;
  }

  public String name() {
    return name;
  }

  public String email() {
    return email;
  }

  public int sessionGeneration() {
    return sessionGeneration.get();
  }

  public int changePassword() {
    return sessionGeneration.incrementAndGet();
  }

  public List<String> businessIds() {
    return businessIds;
  }

  void joinBusiness(String businessId) {
    if (!businessIds.contains(businessId)) {
      businessIds.add(businessId);
    }
  }
}
