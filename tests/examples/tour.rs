// An application on the platform schema: what alice may see of the projects.
use generated::queries;
use generated::{Project, User};
use runtime::sqlx::{types::Uuid, PgPool};
use runtime::Session;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let pool = PgPool::connect(&std::env::var("DATABASE_URL")?).await?;
    let alice: Uuid = "00000000-0000-4000-8000-00000000000a".parse()?; // seed.sql
    let user = User::get(&pool, &alice).await?; // by primary key
    let all = Project::list(&pool, None, 100).await?; // as the pool's role: every row

    // Row-level security as alice: SET LOCAL ROLE + JWT claims, one transaction.
    let mut session = Session::as_user(&pool, alice).await?;
    let visible = Project::list(&mut *session, None, 100).await?;
    let hers = queries::projects_of_user(&mut *session, &alice, &20).await?; // queries/dashboards.sql
    session.commit().await?;

    println!(
        "{} sees {} of {} projects",
        user.email,
        visible.len(),
        all.len()
    );
    for p in &hers {
        println!("  {} ({} comments)", p.name, p.comments);
    }
    assert!(
        visible.len() < all.len(),
        "RLS hides other users' private projects"
    );
    Ok(())
}
