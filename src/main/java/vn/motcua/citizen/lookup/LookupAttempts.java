package vn.motcua.citizen.lookup;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import vn.motcua.citizen.CitizenProperties;

/**
 * Failed lookups in a sliding window, counted per client address and per dossier code typed (whether
 * or not such a dossier exists, so a blocked code says nothing about existence). In memory on purpose:
 * the limits only slow guessing down (10^4 second factors per code, codes not sequential per citizen),
 * and a persisted table would hand a guesser a cheap way to lock out the real applicant for longer.
 * A server restart forgets the counts; several servers each keep their own.
 */
@Component
class LookupAttempts {

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final CitizenProperties.Lookup limits;
    private final Clock clock;

    LookupAttempts(CitizenProperties properties, Clock clock) {
        this.limits = properties.lookup();
        this.clock = clock;
    }

    /**
     * Counts this attempt as a failure before the lookup runs, unless the client or the code has used
     * up its failures for the window (then false). Check and count are one step, so parallel guesses
     * cannot all pass the check before any of them is counted; a lookup that succeeds gives it back.
     *
     * @return the attempt's time, to give back with {@link #succeeded}, or null when blocked
     */
    synchronized Instant reserve(String client, String code) {
        Instant now = clock.instant();
        if (count("ip:" + client, now) >= limits.maxFailuresPerClient()
                || count("code:" + normalise(code), now) >= limits.maxFailuresPerDossier()) {
            return null;
        }
        add("ip:" + client, now);
        add("code:" + normalise(code), now);
        return now;
    }

    /** The reserved attempt found the dossier: it was not a failure. */
    synchronized void succeeded(String client, String code, Instant reservedAt) {
        remove("ip:" + client, reservedAt);
        remove("code:" + normalise(code), reservedAt);
    }

    private void remove(String key, Instant at) {
        Deque<Instant> times = failures.get(key);
        if (times != null) {
            synchronized (times) {
                times.removeLastOccurrence(at);
            }
        }
    }

    private int count(String key, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return 0;
        }
        synchronized (times) {
            Instant from = now.minus(limits.window());
            // A failure recorded "after" now (the engine clock was moved back in a test or by an
            // operator) is not in the current window either.
            return (int) times.stream().filter(at -> at.isAfter(from) && !at.isAfter(now)).count();
        }
    }

    private void add(String key, Instant now) {
        Deque<Instant> times = failures.computeIfAbsent(key, ignored -> new ArrayDeque<>());
        synchronized (times) {
            Duration window = limits.window();
            times.removeIf(at -> at.isBefore(now.minus(window)));
            times.addLast(now);
        }
        // Keys whose failures all lie outside the window are dropped, so the map cannot grow without bound.
        if (failures.size() > 10_000) {
            failures.entrySet().removeIf(entry -> count(entry.getKey(), now) == 0);
        }
    }

    static String normalise(String code) {
        return code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    }
}
