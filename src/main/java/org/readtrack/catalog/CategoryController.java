package org.readtrack.catalog;

import jakarta.validation.Valid;

import org.readtrack.web.PageQuery;
import org.readtrack.web.PageResponse;
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
@RequestMapping("/api/categories")
class CategoryController {

    private final Categories categories;

    CategoryController(Categories categories) {
        this.categories = categories;
    }

    @GetMapping
    PageResponse<CategoryResponse> list(@RequestParam(required = false) String search, PageQuery page) {
        return categories.list(search, page);
    }

    @GetMapping("/{id}")
    CategoryResponse get(@PathVariable long id) {
        return categories.get(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    CategoryResponse create(@Valid @RequestBody CategoryRequest body) {
        return categories.create(body);
    }

    @PutMapping("/{id}")
    CategoryResponse replace(@PathVariable long id, @Valid @RequestBody CategoryRequest body) {
        return categories.replace(id, body);
    }

    @PatchMapping("/{id}")
    CategoryResponse patch(@PathVariable long id, @RequestBody CategoryPatch body) {
        return categories.patch(id, body);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable long id) {
        categories.delete(id);
    }
}
