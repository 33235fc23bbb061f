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
@RequestMapping("/api/chapters")
class ChapterController {

    private final Chapters chapters;

    ChapterController(Chapters chapters) {
        this.chapters = chapters;
    }

    @GetMapping
    PageResponse<ChapterResponse> list(@RequestParam(required = false) Long content,
            @RequestParam(required = false) String search, PageQuery page) {
        return chapters.list(content, search, page);
    }

    @GetMapping("/{id}")
    ChapterResponse get(@PathVariable long id) {
        return chapters.get(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ChapterResponse create(@Valid @RequestBody ChapterRequest body) {
        return chapters.create(body);
    }

    @PutMapping("/{id}")
    ChapterResponse replace(@PathVariable long id, @Valid @RequestBody ChapterRequest body) {
        return chapters.replace(id, body);
    }

    @PatchMapping("/{id}")
    ChapterResponse patch(@PathVariable long id, @RequestBody ChapterPatch body) {
        return chapters.patch(id, body);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable long id) {
        chapters.delete(id);
    }
}
