package de.rathausbot.system;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Locks that hold across the instances of an installation on one PostgreSQL: session
 * advisory locks on a connection of their own, released when the holder releases them or
 * dies (its connection closes). On the embedded H2 default, one instance serves alone:
 * the locks are this JVM's.
 */
@Component
public class ClusterLocks {

	private static final Logger log = LoggerFactory.getLogger(ClusterLocks.class);

	private final DataSource dataSource;

	private final boolean postgres;

	private final Map<String, ReentrantLock> local = new ConcurrentHashMap<>();

	ClusterLocks(DataSource dataSource) {
		this.dataSource = dataSource;
		this.postgres = isPostgres(dataSource);
	}

	private static boolean isPostgres(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			return connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot reach the database: " + ex.getMessage(), ex);
		}
	}

	/** Whether the installation can run several instances (PostgreSQL). */
	public boolean shared() {
		return this.postgres;
	}

	/** A lock held until {@link #close()}. */
	public interface Held extends AutoCloseable {

		@Override
		void close();

		/** Whether it is still held (its database connection is alive). */
		boolean alive();

	}

	/** Waits for the lock, runs the work, releases the lock. */
	public <T> T exclusively(String name, Supplier<T> work) {
		try (Held held = acquire(name, true).orElseThrow()) {
			return work.get();
		}
	}

	/** The lock if no one holds it now (for jobs one instance runs and leaders). */
	public Optional<Held> tryHold(String name) {
		return acquire(name, false);
	}

	private Optional<Held> acquire(String name, boolean wait) {
		if (!this.postgres) {
			ReentrantLock lock = this.local.computeIfAbsent(name, n -> new ReentrantLock());
			if (wait) {
				lock.lock();
			}
			else if (!lock.tryLock()) {
				return Optional.empty();
			}
			return Optional.of(new Held() {
				@Override
				public void close() {
					lock.unlock();
				}

				@Override
				public boolean alive() {
					return true;
				}
			});
		}
		try {
			Connection connection = this.dataSource.getConnection();
			connection.setAutoCommit(true);
			try (PreparedStatement take = connection.prepareStatement(
					wait ? "SELECT pg_advisory_lock(hashtext(?))" : "SELECT pg_try_advisory_lock(hashtext(?))")) {
				take.setString(1, "rathausbot:" + name);
				try (ResultSet result = take.executeQuery()) {
					result.next();
					if (!wait && !result.getBoolean(1)) {
						connection.close();
						return Optional.empty();
					}
				}
			}
			return Optional.of(new AdvisoryLock(connection, name));
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cluster lock '" + name + "': " + ex.getMessage(), ex);
		}
	}

	/** A PostgreSQL session advisory lock on its own connection. */
	private static final class AdvisoryLock implements Held {

		private final Connection connection;

		private final String name;

		AdvisoryLock(Connection connection, String name) {
			this.connection = connection;
			this.name = name;
		}

		@Override
		public boolean alive() {
			try {
				return this.connection.isValid(2);
			}
			catch (SQLException ex) {
				return false;
			}
		}

		@Override
		public void close() {
			try (this.connection;
					PreparedStatement release = this.connection
						.prepareStatement("SELECT pg_advisory_unlock(hashtext(?))")) {
				release.setString(1, "rathausbot:" + this.name);
				release.executeQuery().close();
			}
			catch (SQLException ex) {
				// the connection is gone: so is the lock
				log.debug("cluster lock '{}' released with its connection: {}", this.name, ex.getMessage());
			}
		}

	}

}
