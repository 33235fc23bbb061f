package org.readtrack.catalog;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.readtrack.shared.PageQuery;
import org.readtrack.web.PageResponse;
import org.readtrack.web.PublicLinks;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Categories", description = "Catalog categories; read by any account, written by administrators")
@RequestMapping("/api/categories")
class CategoryController {

    private final Categories categories;
    private final PublicLinks links;

    CategoryController(Categories categories, PublicLinks links) {
        this.categories = categories;
        this.links = links;
    }

    @Operation(summary = "List categories", description = "`search` matches name or description, case-insensitively;"
            + " `ordering` takes `name` (case ignored; the default) or `-name`.")
    @GetMapping
    PageResponse<CategoryResponse> list(@RequestParam(required = false) String search,
            @RequestParam(required = false) String ordering, PageQuery page) {
        return PageResponse.of(page, categories.list(search, ordering, page), links);
    }

    @Operation(summary = "One category")
    @GetMapping("/{id}")
    CategoryResponse get(@PathVariable long id) {
        return categories.get(id);
    }

    @Operation(summary = "Create a category", description = "Names are unique, case-insensitively.")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    CategoryResponse create(@Valid @RequestBody CategoryRequest body) {
        return categories.create(body);
    }

    @Operation(summary = "Replace a category")
    @PutMapping("/{id}")
    CategoryResponse replace(@PathVariable long id, @Valid @RequestBody CategoryRequest body) {
        return categories.replace(id, body);
    }

    @Operation(summary = "Change some fields of a category")
    @PatchMapping("/{id}")
    CategoryResponse patch(@PathVariable long id, @RequestBody CategoryPatch body) {
        return categories.patch(id, body);
    }

    @Operation(summary = "Delete an empty category", description = "A category that still has contents (public ones,"
            + " or suggestions awaiting review) is kept: 409. Suggestions rejected there, which only their proposers"
            + " see, are deleted with it, with their chapters and entries.")
    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable long id) {
        categories.delete(id);
    }
}
