package org.readtrack.web;

import ch.qos.logback.classic.AsyncAppender;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;

import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Moves console output (Spring Boot's own appender, text or structured) onto a background thread. With one
 * access line per request, writing synchronously made request threads queue on the appender's lock; now
 * they only enqueue. The queue is large and never blocks: under a pathological burst a line may be dropped
 * rather than a request delayed.
 */
@Component
class AsyncConsoleLogging {

    private static final String CONSOLE = "CONSOLE";

    AsyncConsoleLogging() {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        Appender<ILoggingEvent> console = root.getAppender(CONSOLE);
        if (console == null) {
            return;
        }
        AsyncAppender async = new AsyncAppender();
        async.setContext(context);
        async.setName("ASYNC_" + CONSOLE);
        async.setQueueSize(8192);
        async.setDiscardingThreshold(0);
        async.setNeverBlock(true);
        async.addAppender(console);
        async.start();
        root.addAppender(async);
        root.detachAppender(console);
    }
}
