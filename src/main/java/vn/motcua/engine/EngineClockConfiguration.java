package vn.motcua.engine;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.motcua.MotCuaProperties;

/**
 * One notion of "now" for the engine and our code: a {@link Clock} that reads the engine's clock,
 * so a test that moves the engine's time moves every date we compute with it.
 */
@Configuration
class EngineClockConfiguration {

    @Bean
    Clock clock(MotCuaProperties motcua) {
        return new EngineClock(motcua.zone());
    }

    private static final class EngineClock extends Clock {

        private final ZoneId zone;

        EngineClock(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new EngineClock(other);
        }

        @Override
        public Instant instant() {
            return ClockUtil.getCurrentTime().toInstant();
        }
    }
}
