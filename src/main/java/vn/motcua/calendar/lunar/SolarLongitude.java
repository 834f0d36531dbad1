package vn.motcua.calendar.lunar;

import static java.lang.Math.sin;
import static java.lang.Math.toRadians;

/**
 * Apparent geocentric longitude of the Sun, Meeus <i>Astronomical Algorithms</i> chapter 25 (the
 * "lower accuracy" method: geometric mean longitude, equation of the centre, nutation and
 * aberration through the Ω correction). Its 0.01° error is about 15 minutes of time, which only
 * matters for a principal term falling within minutes of local midnight.
 */
final class SolarLongitude {

    private SolarLongitude() {
    }

    /** Apparent longitude in degrees, in [0, 360), at the given Julian Ephemeris Day. */
    static double apparentDegrees(double julianEphemerisDay) {
        double t = (julianEphemerisDay - 2451545.0) / 36525.0;
        double meanLongitude = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
        double meanAnomaly = toRadians((357.52911 + 35999.05029 * t - 0.0001537 * t * t) % 360.0);
        double centre = (1.914602 - 0.004817 * t - 0.000014 * t * t) * sin(meanAnomaly)
                + (0.019993 - 0.000101 * t) * sin(2 * meanAnomaly)
                + 0.000289 * sin(3 * meanAnomaly);
        double omega = toRadians((125.04 - 1934.136 * t) % 360.0);
        double apparent = meanLongitude + centre - 0.00569 - 0.00478 * sin(omega);
        double reduced = apparent % 360.0;
        return reduced < 0 ? reduced + 360.0 : reduced;
    }

    /** Apparent longitude at a Julian Day expressed in Universal Time. */
    static double apparentDegreesAtUt(double julianDayUt) {
        double jde = julianDayUt + DeltaT.seconds(DeltaT.yearOf(julianDayUt)) / 86400.0;
        return apparentDegrees(jde);
    }
}
