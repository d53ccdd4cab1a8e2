//! Runs the mock in the foreground for manual exploration with curl or a browser:
//! `cargo run -p kartaview-mock --example serve [PORT]` (Ctrl-C to stop).

use std::net::{Ipv4Addr, SocketAddr};

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let port = std::env::args()
        .nth(1)
        .and_then(|p| p.parse().ok())
        .unwrap_or(0);
    let mock = kartaview_mock::MockServer::builder()
        .bind(SocketAddr::from((Ipv4Addr::LOCALHOST, port)))
        .start()
        .await?;
    println!("api:    {}", mock.base_url());
    println!("images: {}", mock.image_base_url());
    println!("token:  {}", mock.token());
    std::future::pending::<()>().await;
    Ok(())
}
