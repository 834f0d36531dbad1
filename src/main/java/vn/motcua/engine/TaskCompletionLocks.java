package vn.motcua.engine;

import java.io.IOException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Completions of one task run one after the other in this node: a double click in Tasklist, or two
 * officers of a unit on the same task. Run together, the loser reads the task before the winner commits
 * and the execution tree after, and the engine fails inside its own code (a NullPointerException while
 * ending the called procedure or removing the task: a 500) before its optimistic locking can report the
 * conflict. Queued, the second completion finds the task gone and gets the engine's "task not found" (400).
 * <p>
 * Locks are striped by task id and taken before the request touches the database, one per request, so
 * they cannot deadlock with database locks. Several nodes (docs/operations.md) do not share them: there
 * the loser usually gets a 409 from optimistic locking ({@link EngineRestErrors}); sticky sessions keep a
 * user's double click on one node.
 */
@Component
class TaskCompletionLocks extends OncePerRequestFilter {

    private static final Pattern COMPLETION = Pattern.compile(
            "/(?:engine-rest|camunda/api/engine/engine/[^/]+)/task/([^/]+)/(?:complete|submit-form|resolve)");
    private static final int STRIPES = 64;

    private final ReentrantLock[] locks = new ReentrantLock[STRIPES];

    TaskCompletionLocks() {
        for (int i = 0; i < STRIPES; i++) {
            locks[i] = new ReentrantLock();
        }
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Matcher completion = COMPLETION.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        if (!completion.matches()) {
            chain.doFilter(request, response);
            return;
        }
        ReentrantLock lock = locks[Math.floorMod(completion.group(1).hashCode(), STRIPES)];
        lock.lock();
        try {
            chain.doFilter(request, response);
        } finally {
            lock.unlock();
        }
    }
}
