use std::net::{IpAddr, SocketAddr};
use std::time::Duration;

use tidings_server::Config;

use crate::Failure;

#[derive(clap::Args)]
pub struct Args {
    /// Address to listen on (127.0.0.1: this machine only; 0.0.0.0: every interface).
    #[arg(long, default_value = "127.0.0.1")]
    host: IpAddr,
    /// Port to listen on (0: any free port, printed at start).
    #[arg(long, default_value_t = 8080)]
    port: u16,
    /// Largest request body in bytes (413 above).
    #[arg(long, default_value_t = 10 * 1024 * 1024)]
    max_body_bytes: usize,
    /// Most documents in one request (422 above).
    #[arg(long, default_value_t = 1_000)]
    max_documents: usize,
    /// Seconds allowed for one request, queueing included (504 after).
    #[arg(long, default_value_t = 10.0)]
    timeout: f64,
    /// Requests handed to the summarizing pool at once (one thread per core); more wait in
    /// the queue [default: two per core].
    #[arg(long)]
    max_concurrent: Option<usize>,
    /// Requests that may wait for a slot (503 when full).
    #[arg(long, default_value_t = 1_024)]
    queue: usize,
    /// Request logs as JSON lines instead of key=value text.
    #[arg(long)]
    log_json: bool,
}

pub fn run(args: Args) -> Result<(), Failure> {
    if !(args.timeout.is_finite() && args.timeout > 0.0) {
        return Err(Failure::Usage(format!(
            "--timeout must be a positive number of seconds, not {}",
            args.timeout
        )));
    }
    let mut config = Config {
        max_body_bytes: args.max_body_bytes,
        max_documents: args.max_documents,
        timeout: Duration::from_secs_f64(args.timeout),
        queue: args.queue,
        ..Config::default()
    };
    if let Some(n) = args.max_concurrent {
        config.max_concurrent = n;
    }
    tidings_server::init_logging(args.log_json);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    runtime.block_on(async move {
        let addr = SocketAddr::new(args.host, args.port);
        let listener = tokio::net::TcpListener::bind(addr)
            .await
            .map_err(|e| Failure::Runtime(format!("cannot listen on {addr}: {e}")))?;
        let local = listener.local_addr()?;
        // Scripts and tests read the port from this line.
        eprintln!("tidings: listening on http://{local}/ (Ctrl-C to stop)");
        tidings_server::serve(listener, config, tidings_server::shutdown_signal()).await?;
        Ok(())
    })
}
