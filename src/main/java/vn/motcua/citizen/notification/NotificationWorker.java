package vn.motcua.citizen.notification;

import java.time.Duration;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

import vn.motcua.citizen.CitizenProperties;

/**
 * Runs the {@link NotificationDispatcher} every {@code motcua.citizen.notification.dispatch.interval}, after the
 * previous run ended. Off in tests ({@code dispatch.scheduled: false}): they run the dispatcher by hand.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(prefix = "motcua.citizen.notification.dispatch", name = "scheduled", havingValue = "true")
class NotificationWorker implements SchedulingConfigurer {

    private final NotificationDispatcher dispatcher;
    private final Duration interval;

    NotificationWorker(NotificationDispatcher dispatcher, CitizenProperties properties) {
        this.dispatcher = dispatcher;
        this.interval = properties.notification().dispatch().interval();
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(new FixedDelayTask(dispatcher::dispatch, interval, interval));
    }
}
