package org.readtrack.web;

import java.io.IOException;
import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.EncodedResourceResolver;
import org.springframework.web.servlet.resource.PathResourceResolver;

/**
 * Serves the web app built into {@code static/} of the jar. Its file names under {@code assets/} carry a hash of
 * their content, so they are cached for good; everything else (the page, the service worker, the manifest) is
 * checked again on every visit so that a new release reaches users at once. Any other path that is not the
 * API's is one of the app's own routes ({@code /library}, {@code /contents/12}): it gets the page, whose
 * router shows the screen. An unknown {@code /api/…}, {@code /actuator/…} or {@code /media/…} path stays a
 * problem 404, never the HTML page.
 */
@Configuration(proxyBeanMethods = false)
class WebAppResources implements WebMvcConfigurer {

    private static final String ROOT = "static/";
    /**
     * Through the application's own class loader: the default, the thread's, is the embedded server's while it
     * serves, and one that has stopped (a test's previous server) can load nothing.
     */
    private static final Resource PAGE = new ClassPathResource(ROOT + "index.html",
            WebAppResources.class.getClassLoader());

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        // the build wrote .br and .gz copies of each text file: served as they are to browsers that accept them
        registry.addResourceHandler("/assets/**")
                .addResourceLocations("classpath:/" + ROOT + "assets/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
                .resourceChain(true)
                .addResolver(new EncodedResourceResolver());
        registry.addResourceHandler("/**")
                .addResourceLocations("classpath:/" + ROOT)
                .setCacheControl(CacheControl.noCache())
                .resourceChain(false)
                .addResolver(new EncodedResourceResolver())
                .addResolver(new AppRoutes());
    }

    /** A file of the app when there is one, else the page for a route of the app, else nothing (404). */
    static final class AppRoutes extends PathResourceResolver {

        @Override
        protected Resource getResource(String path, Resource location) throws IOException {
            Resource file = super.getResource(path, location);
            if (file != null) {
                return file;
            }
            return isAppRoute(path) && PAGE.exists() ? PAGE : null;
        }

        static boolean isAppRoute(String path) {
            String first = path.contains("/") ? path.substring(0, path.indexOf('/')) : path;
            if (first.equals("api") || first.equals("actuator") || first.equals("media") || first.equals("assets")) {
                return false;
            }
            // a missing file (favicon.png, robots.txt) is a 404, not the page
            String last = path.substring(path.lastIndexOf('/') + 1);
            return !last.contains(".");
        }
    }
}
