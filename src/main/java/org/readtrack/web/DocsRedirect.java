package org.readtrack.web;

import io.swagger.v3.oas.annotations.Hidden;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /api/docs/} opens Swagger UI. springdoc serves the UI under that folder; the bare folder, which
 * the trailing-slash filter turns into {@code /api/docs}, needs this redirect of its own.
 */
@Hidden
@Controller
class DocsRedirect {

    @GetMapping("/api/docs")
    String swaggerUi() {
        return "redirect:/api/docs/swagger-ui/index.html";
    }
}
