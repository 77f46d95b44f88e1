package de.rathausbot.training;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import de.rathausbot.system.ClusterLocks;
import de.rathausbot.tenant.Tenants;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Every instance serves the content published last, wherever it was saved: on PostgreSQL
 * it listens for the announcements ({@code LISTEN}) and reads a tenant's content again at
 * once; a periodic check of the published versions catches what it missed (a dropped
 * connection, a restart). On the embedded H2 default there is one instance and nothing to
 * miss.
 */
@Component
class ContentSync implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ContentSync.class);

	private final AssistantTraining training;

	private final PublishedVersions versions;

	private final Tenants tenants;

	private final DataSource dataSource;

	private final boolean shared;

	private final TrainingProperties properties;

	private ScheduledExecutorService scheduler;

	private volatile boolean running;

	private final TrainingState state;

	ContentSync(AssistantTraining training, PublishedVersions versions, Tenants tenants, DataSource dataSource,
			ClusterLocks locks, TrainingProperties properties, TrainingState state) {
		this.state = state;
		this.training = training;
		this.versions = versions;
		this.tenants = tenants;
		this.dataSource = dataSource;
		this.shared = locks.shared();
		this.properties = properties;
	}

	@Override
	public synchronized void start() {
		if (this.running || !this.shared) {
			return;
		}
		this.running = true;
		this.scheduler = Executors.newScheduledThreadPool(2, work -> {
			Thread thread = new Thread(work, "content-sync");
			thread.setDaemon(true);
			return thread;
		});
		long every = this.properties.versionCheck().toMillis();
		this.scheduler.scheduleWithFixedDelay(this::check, every, every, TimeUnit.MILLISECONDS);
		this.scheduler.execute(this::listen);
	}

	/** Reads again the content of every tenant whose published version is newer. */
	synchronized void check() {
		if (!this.state.trainedAll()) {
			return;
		}
		try {
			for (Map.Entry<String, Long> latest : this.versions.latest().entrySet()) {
				if (latest.getValue() > this.versions.served(latest.getKey())) {
					this.tenants.find(latest.getKey()).ifPresent(tenant -> {
						long start = System.nanoTime();
						this.training.reload(tenant);
						log.info("Content of {} (version {}) published elsewhere: serving it after {} ms", tenant.id(),
								latest.getValue(), (System.nanoTime() - start) / 1_000_000);
					});
					this.versions.serving(latest.getKey(), latest.getValue());
				}
			}
		}
		catch (RuntimeException ex) {
			log.warn("Checking the published content failed (again in {}): {}", this.properties.versionCheck(),
					ex.getMessage());
		}
	}

	/** Waits for announcements on a connection of its own; reconnects when it breaks. */
	private void listen() {
		while (this.running) {
			try (Connection connection = this.dataSource.getConnection()) {
				connection.setAutoCommit(true);
				try (Statement statement = connection.createStatement()) {
					statement.execute("LISTEN " + PublishedVersions.CHANNEL);
				}
				PGConnection postgres = connection.unwrap(PGConnection.class);
				while (this.running) {
					PGNotification[] notifications = postgres.getNotifications(1000);
					if (notifications != null && notifications.length > 0) {
						check();
					}
				}
			}
			catch (SQLException ex) {
				if (this.running) {
					log.warn("Listening for content announcements failed, again in a second: {}", ex.getMessage());
					sleep();
				}
			}
		}
	}

	private static void sleep() {
		try {
			Thread.sleep(1000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public synchronized void stop() {
		this.running = false;
		if (this.scheduler != null) {
			this.scheduler.shutdownNow();
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

}
