package org.reformatlas.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * Runs Neo4j Community embedded, reachable only through Bolt on a loopback address.
 *
 * Usage: EmbeddedNeo4j <homeDir> <port> [pagecache]
 * Writes "<homeDir>/ready" once Bolt accepts connections and removes it on shutdown, so the
 * Node launcher can wait for a fact rather than a timeout. SIGTERM triggers a clean shutdown
 * (the JVM shutdown hook), which flushes the store so data survives a restart.
 */
public final class EmbeddedNeo4j {
    private EmbeddedNeo4j() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length < 2) {
            System.err.println("usage: EmbeddedNeo4j <homeDir> <port> [pagecache e.g. 512m]");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        String pageCache = args.length > 2 ? args[2] : "512m";
        Files.createDirectories(home);
        Path ready = home.resolve("ready");
        Files.deleteIfExists(ready);

        long started = System.nanoTime();
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                .setConfig(HttpConnector.enabled, false)
                // Loopback only, so the local default runs without database credentials; a shared
                // deployment uses its own Neo4j through NEO4J_URI with authentication.
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, parseBytes(pageCache))
                .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(5))
                .build();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                Files.deleteIfExists(ready);
            } catch (IOException ignored) {
                // the marker is advisory; shutting down matters more
            }
            dbms.shutdown();
            System.out.println("neo4j stopped");
            stopped.countDown();
        }, "neo4j-shutdown"));

        // Touch the default database so it is fully started before we claim readiness.
        dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally("RETURN 1");
        Files.writeString(ready, Long.toString(ProcessHandle.current().pid()), StandardCharsets.UTF_8);
        System.out.printf("neo4j ready on bolt://127.0.0.1:%d in %d ms (home %s)%n",
                port, (System.nanoTime() - started) / 1_000_000, home);
        stopped.await();
    }

    private static long parseBytes(String value) {
        String v = value.trim().toLowerCase();
        long factor = 1;
        if (v.endsWith("g")) { factor = 1L << 30; v = v.substring(0, v.length() - 1); }
        else if (v.endsWith("m")) { factor = 1L << 20; v = v.substring(0, v.length() - 1); }
        else if (v.endsWith("k")) { factor = 1L << 10; v = v.substring(0, v.length() - 1); }
        return Long.parseLong(v) * factor;
    }
}
