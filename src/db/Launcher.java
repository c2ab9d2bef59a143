// Runs Neo4j Community (embedded) as a Bolt server on 127.0.0.1, for machines without Docker.
// Started by src/db/local.ts as `java -cp 'lib/*' Launcher.java HOME PORT PASSWORD_FILE PAGECACHE`:
// Java 11+ runs a single source file, so there is nothing to build.
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.io.ByteUnit;

public class Launcher {
  public static void main(String[] args) throws Exception {
    Path home = Path.of(args[0]);
    int port = Integer.parseInt(args[1]);
    String password = Files.readString(Path.of(args[2])).trim();
    String pageCache = args.length > 3 ? args[3] : "1g";

    DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
        .setConfig(GraphDatabaseSettings.auth_enabled, true)
        .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(pageCache))
        // Keep disk use bounded under repeated benchmark ingests.
        .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
        .build();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      dbms.shutdown();
      System.out.println("STOPPED");
    }));

    // The built-in user starts with a password that must be changed; set ours so Bolt clients can log in.
    // On a restart the store already has ours, and Neo4j refuses to "change" it to the same value.
    try {
      dbms.database("system").executeTransactionally(
          "ALTER USER neo4j IF EXISTS SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));
    } catch (QueryExecutionException e) {
      if (!String.valueOf(e.getMessage()).contains("Old password and new password cannot be the same")) throw e;
    }
    System.out.println("READY bolt://127.0.0.1:" + port);
  }
}
