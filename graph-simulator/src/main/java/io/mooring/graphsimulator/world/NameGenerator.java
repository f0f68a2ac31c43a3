package io.mooring.graphsimulator.world;

import java.util.List;
import java.util.Random;

/** Plausible, deterministic names for businesses, pages and people. */
final class NameGenerator {
  private static final List<String> FIRST =
      List.of(
          "Ana", "Ben", "Chloe", "Dario", "Elif", "Farid", "Greta", "Hugo", "Ines", "Jonas", "Kaia",
          "Luca", "Maya", "Nils", "Olga", "Pedro", "Quinn", "Rosa", "Sami", "Tara", "Umar", "Vera",
          "Wim", "Xenia", "Yara", "Zeno");
  private static final List<String> LAST =
      List.of(
          "Almeida",
          "Berger",
          "Costa",
          "Duarte",
          "Eriksen",
          "Fischer",
          "Garcia",
          "Hansen",
          "Ivanova",
          "Jensen",
          "Kowalski",
          "Lindqvist",
          "Moreau",
          "Novak",
          "Okafor",
          "Petrov",
          "Rossi",
          "Silva",
          "Tanaka",
          "Urban",
          "Vogel",
          "Weber",
          "Yilmaz",
          "Zimmer");
  private static final List<String> ADJECTIVES =
      List.of(
          "Blue",
          "Golden",
          "Harbor",
          "North",
          "Quiet",
          "Red",
          "Silver",
          "Sunny",
          "Tidal",
          "Urban",
          "Wild",
          "Amber",
          "Coastal",
          "Evergreen",
          "Lighthouse",
          "Maple",
          "Old Town",
          "Riverside");
  private static final List<String> NOUNS =
      List.of(
          "Anchor", "Bakery", "Bikes", "Books", "Coffee", "Dental", "Fitness", "Florist", "Garage",
          "Gallery", "Kitchen", "Market", "Optics", "Pets", "Pottery", "Sailing", "Studio",
          "Tailor", "Yoga", "Wines");
  private static final List<String> CITIES =
      List.of(
          "Lisbon",
          "Porto",
          "Lyon",
          "Ghent",
          "Bremen",
          "Turin",
          "Gdansk",
          "Malmo",
          "Cork",
          "Split",
          "Bilbao",
          "Bergen",
          "Tallinn",
          "Ljubljana",
          "Brno",
          "Leeds");
  private static final List<String> SUFFIXES = List.of("Ltd", "Group", "GmbH", "SA", "& Co", "BV");

  private final Random random;

  NameGenerator(long seed) {
    this.random = new Random(seed * 31 + 7);
  }

  String[] person() {
    return new String[] {pick(FIRST), pick(LAST)};
  }

  String business() {
    return pick(ADJECTIVES) + " " + pick(NOUNS) + " " + pick(SUFFIXES);
  }

  String page(String brand) {
    return brand + " " + pick(CITIES);
  }

  String brand() {
    return pick(ADJECTIVES) + " " + pick(NOUNS);
  }

  int nextInt(int bound) {
    return random.nextInt(bound);
  }

  private String pick(List<String> values) {
    return values.get(random.nextInt(values.size()));
  }
}
