package org.readtrack;

import java.time.Clock;

import org.readtrack.cli.CommandLine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class ReadtrackApplication {

    /** Serves the API, or runs one of the {@link CommandLine commands} (such as {@code create-admin}) and exits. */
    public static void main(String[] args) {
        if (CommandLine.isCommand(args)) {
            System.exit(CommandLine.run(ReadtrackApplication.class, args));
        }
        SpringApplication.run(ReadtrackApplication.class, args);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
