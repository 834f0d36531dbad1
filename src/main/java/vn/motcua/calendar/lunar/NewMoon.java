package vn.motcua.calendar.lunar;

import static java.lang.Math.sin;
import static java.lang.Math.toRadians;

/**
 * Instant of the k-th new moon, from Jean Meeus, <i>Astronomical Algorithms</i> (2nd ed.), chapter 49:
 * the mean phase (49.1), the periodic terms for the new moon and the fourteen planetary arguments.
 * k = 0 is the new moon of 6 January 2000; the series is accurate to well under a minute in our range.
 */
final class NewMoon {

    /** Mean length of a synodic month in days (Meeus 49.1), used to guess k before refining it. */
    static final double SYNODIC_MONTH = 29.530588861;

    /** Julian Ephemeris Day of the mean new moon k = 0. */
    static final double EPOCH_JDE = 2451550.09766;

    private NewMoon() {
    }

    /** Julian Ephemeris Day (Terrestrial Time) of the true new moon number k. */
    static double julianEphemerisDay(long k) {
        double t = k / 1236.85;
        double t2 = t * t;
        double t3 = t2 * t;
        double t4 = t3 * t;
        double meanPhase = EPOCH_JDE + SYNODIC_MONTH * k + 0.00015437 * t2 - 0.000000150 * t3
                + 0.00000000073 * t4;
        // Eccentricity of the Earth's orbit, which scales every term that involves the Sun's anomaly.
        double e = 1 - 0.002516 * t - 0.0000074 * t2;
        double m = angle(2.5534 + 29.10535670 * k - 0.0000014 * t2 - 0.00000011 * t3);
        double mp = angle(201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3
                - 0.000000058 * t4);
        double f = angle(160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3
                + 0.000000011 * t4);
        double omega = angle(124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3);

        double periodic = -0.40720 * sin(mp)
                + 0.17241 * e * sin(m)
                + 0.01608 * sin(2 * mp)
                + 0.01039 * sin(2 * f)
                + 0.00739 * e * sin(mp - m)
                - 0.00514 * e * sin(mp + m)
                + 0.00208 * e * e * sin(2 * m)
                - 0.00111 * sin(mp - 2 * f)
                - 0.00057 * sin(mp + 2 * f)
                + 0.00056 * e * sin(2 * mp + m)
                - 0.00042 * sin(3 * mp)
                + 0.00042 * e * sin(m + 2 * f)
                + 0.00038 * e * sin(m - 2 * f)
                - 0.00024 * e * sin(2 * mp - m)
                - 0.00017 * sin(omega)
                - 0.00007 * sin(mp + 2 * m)
                + 0.00004 * sin(2 * mp - 2 * f)
                + 0.00004 * sin(3 * m)
                + 0.00003 * sin(mp + m - 2 * f)
                + 0.00003 * sin(2 * mp + 2 * f)
                - 0.00003 * sin(mp + m + 2 * f)
                + 0.00003 * sin(mp - m + 2 * f)
                - 0.00002 * sin(mp - m - 2 * f)
                - 0.00002 * sin(3 * mp + m)
                + 0.00002 * sin(4 * mp);

        double planetary = 0.000325 * sin(angle(299.77 + 0.107408 * k - 0.009173 * t2))
                + 0.000165 * sin(angle(251.88 + 0.016321 * k))
                + 0.000164 * sin(angle(251.83 + 26.651886 * k))
                + 0.000126 * sin(angle(349.42 + 36.412478 * k))
                + 0.000110 * sin(angle(84.66 + 18.206239 * k))
                + 0.000062 * sin(angle(141.74 + 53.303771 * k))
                + 0.000060 * sin(angle(207.14 + 2.453732 * k))
                + 0.000056 * sin(angle(154.84 + 7.306860 * k))
                + 0.000047 * sin(angle(34.52 + 27.261239 * k))
                + 0.000042 * sin(angle(207.19 + 0.121824 * k))
                + 0.000040 * sin(angle(291.34 + 1.844379 * k))
                + 0.000037 * sin(angle(161.72 + 24.198154 * k))
                + 0.000035 * sin(angle(239.56 + 25.513099 * k))
                + 0.000023 * sin(angle(331.55 + 3.592518 * k));

        return meanPhase + periodic + planetary;
    }

    /** Julian Day (Universal Time) of the new moon number k. */
    static double julianDayUt(long k) {
        double jde = julianEphemerisDay(k);
        return jde - DeltaT.seconds(DeltaT.yearOf(jde)) / 86400.0;
    }

    /** Degrees to radians after reducing to one turn, so large k keeps full precision. */
    private static double angle(double degrees) {
        return toRadians(degrees % 360.0);
    }
}
