package dev.httpstatus.spring;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Two versions of one controller: items cannot be deleted, said without and with Allow. */
final class ItemsControllers {

    private ItemsControllers() {}

    /** Answers DELETE with 405 but does not say which methods the item supports. */
    @RestController
    static class WithoutAllow {
        @GetMapping("/items/{id}")
        String get(@PathVariable("id") String id) {
            return "item " + id;
        }

        @DeleteMapping("/items/{id}")
        ResponseEntity<String> delete(@PathVariable("id") String id) {
            return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).body("items cannot be deleted");
        }
    }

    /** The fix: the same 405 with Allow. */
    @RestController
    static class WithAllow {
        @GetMapping("/items/{id}")
        String get(@PathVariable("id") String id) {
            return "item " + id;
        }

        @DeleteMapping("/items/{id}")
        ResponseEntity<String> delete(@PathVariable("id") String id) {
            return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).allow(HttpMethod.GET).body("items cannot be deleted");
        }
    }
}
