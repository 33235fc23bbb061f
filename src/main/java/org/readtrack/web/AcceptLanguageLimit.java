package org.readtrack.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.stereotype.Component;

/**
 * Reads every language of an {@code Accept-Language} header. Tomcat stops at 10 with an exception, which answered
 * 500 on every path (the web app's page included) to a browser set to eleven languages. The limit is raised past
 * the most languages the request's headers can hold (one per two bytes: {@code a,a,…}), so it is never reached;
 * the size of the headers stays what bounds the work.
 */
@Component
@ConditionalOnWebApplication // the command-line commands run without a web server (and its properties)
class AcceptLanguageLimit implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> {

    private final int maxLocales;

    AcceptLanguageLimit(ServerProperties server) {
        this.maxLocales = Math.toIntExact(server.getMaxHttpRequestHeaderSize().toBytes() / 2 + 1);
    }

    @Override
    public void customize(ConfigurableTomcatWebServerFactory factory) {
        factory.addConnectorCustomizers(connector -> connector.setMaxLocaleCount(maxLocales));
    }
}
