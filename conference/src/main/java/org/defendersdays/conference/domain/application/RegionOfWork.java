package org.defendersdays.conference.domain.application;

/** Where a defender works, in the broad regions calls count places by. */
public enum RegionOfWork {
    AFRICA, AMERICAS, ASIA_PACIFIC, EUROPE_CENTRAL_ASIA, MIDDLE_EAST_NORTH_AFRICA
}
