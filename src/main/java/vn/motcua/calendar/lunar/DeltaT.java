package vn.motcua.calendar.lunar;

/**
 * Difference between Terrestrial Time (the time scale of Meeus' series) and Universal Time.
 *
 * <p>A new moon a minute away from local midnight lands on a different civil day, so the
 * conversion from TT to UT is not optional. The polynomials are the Espenak–Meeus fits published
 * with NASA's "Five Millennium Canon of Solar Eclipses"; only the pieces covering the supported
 * range (plus one year on each side) are needed.
 */
final class DeltaT {

    private DeltaT() {
    }

    /** ΔT = TT − UT in seconds for a decimal year between 1898 and 2150. */
    static double seconds(double year) {
        if (year < 1920) {
            double t = year - 1900;
            return -2.79 + 1.494119 * t - 0.0598939 * t * t + 0.0061966 * t * t * t
                    - 0.000197 * t * t * t * t;
        }
        if (year < 1941) {
            double t = year - 1920;
            return 21.20 + 0.84493 * t - 0.076100 * t * t + 0.0020936 * t * t * t;
        }
        if (year < 1961) {
            double t = year - 1950;
            return 29.07 + 0.407 * t - t * t / 233 + t * t * t / 2547;
        }
        if (year < 1986) {
            double t = year - 1975;
            return 45.45 + 1.067 * t - t * t / 260 - t * t * t / 718;
        }
        if (year < 2005) {
            double t = year - 2000;
            return 63.86 + 0.3345 * t - 0.060374 * t * t + 0.0017275 * t * t * t
                    + 0.000651814 * Math.pow(t, 4) + 0.00002373599 * Math.pow(t, 5);
        }
        if (year < 2050) {
            double t = year - 2000;
            return 62.92 + 0.32217 * t + 0.005589 * t * t;
        }
        double u = (year - 1820) / 100;
        return -20 + 32 * u * u - 0.5628 * (2150 - year);
    }

    /** Decimal year of a Julian Day, precise enough for ΔT (which changes by about a second a year). */
    static double yearOf(double julianDay) {
        return 2000 + (julianDay - 2451545.0) / 365.25;
    }
}
