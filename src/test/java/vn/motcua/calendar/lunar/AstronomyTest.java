package vn.motcua.calendar.lunar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The two series are checked against the worked examples printed in Meeus, Astronomical Algorithms. */
class AstronomyTest {

    @Test
    void newMoonOfFebruary1977MatchesMeeusExample49a() {
        // Example 49.a: k = -283, JDE = 2443192.65118 (1977 February 18, 3h37m42s TD).
        assertEquals(2443192.65118, NewMoon.julianEphemerisDay(-283), 0.00001);
    }

    @Test
    void apparentSolarLongitudeMatchesMeeusExample25a() {
        // Example 25.a: 1992 October 13.0 TD (JDE 2448908.5), apparent longitude 199°.90895.
        assertEquals(199.90895, SolarLongitude.apparentDegrees(2448908.5), 0.0001);
    }

    @Test
    void deltaTIsAboutOneMinuteAroundYear2000() {
        // Observed TT − UT on 1 January 2000 was 63.8 s (IERS).
        assertEquals(63.8, DeltaT.seconds(2000.0), 0.5);
    }
}
