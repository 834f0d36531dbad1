package vn.motcua.citizen.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

import vn.motcua.citizen.CitizenProperties;

/** The worker runs the dispatcher at the configured pace (the test profile switches it off). */
class NotificationWorkerTest {

    private static final CitizenProperties.Dispatch DISPATCH =
            new CitizenProperties.Dispatch(true, Duration.ofSeconds(10), 50, 5, Duration.ofMinutes(1), Duration.ofHours(1));

    @Test
    void theDispatcherRunsWithAFixedDelayOfTheConfiguredInterval() {
        CitizenProperties properties = new CitizenProperties(null, null,
                new CitizenProperties.Notification("demo", "motcua@localhost", DISPATCH));
        ScheduledTaskRegistrar registrar = new ScheduledTaskRegistrar();
        new NotificationWorker(new NotificationDispatcher(null, List.of(), null, null, properties), properties)
                .configureTasks(registrar);

        assertThat(registrar.getFixedDelayTaskList()).singleElement().satisfies(task -> {
            assertThat(task.getIntervalDuration()).isEqualTo(Duration.ofSeconds(10));
            assertThat(task.getInitialDelayDuration()).isEqualTo(Duration.ofSeconds(10));
        });
    }
}
