//! `kartaview-api/src/operations.rs`: the typed seam between the generated client and the
//! handwritten layer. For every operation of the spec, a constant describing it (operationId,
//! method, path, idempotency, generated or handwritten), and for every generated one an
//! `Operation` impl on its progenitor builder (plus `PagedOperation` where it takes `page` and
//! `itemsPerPage`). Builders and response types are read from the client progenitor produced,
//! so the two files cannot disagree.

use std::collections::BTreeMap;

use anyhow::{Result, anyhow, bail};
use serde_json::Value;

use crate::codegen::HEADER;
use crate::spec::{self, Operation};

/// What progenitor generated for one operation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Builder {
    /// The builder struct in `builder::`, e.g. `PhotoGetAll`.
    pub name: String,
    /// The success type, e.g. `types::PhotoListResponse`.
    pub response: String,
}

/// The builders of a generated client, by the `OperationInfo::operation_id` each `send()` passes.
pub fn builders(generated_rs: &str) -> Result<BTreeMap<String, Builder>> {
    let file = syn::parse_file(generated_rs)
        .map_err(|e| anyhow!("the generated client does not parse: {e}"))?;
    let module = file
        .items
        .iter()
        .find_map(|item| match item {
            syn::Item::Mod(m) if m.ident == "builder" => m.content.as_ref(),
            _ => None,
        })
        .ok_or_else(|| anyhow!("the generated client has no `builder` module"))?;
    let mut found = BTreeMap::new();
    for item in &module.1 {
        let syn::Item::Impl(block) = item else {
            continue;
        };
        let Some(name) = last_ident(&block.self_ty) else {
            continue;
        };
        for member in &block.items {
            let syn::ImplItem::Fn(send) = member else {
                continue;
            };
            if send.sig.ident != "send" {
                continue;
            }
            let id = operation_info_id(&send.block).ok_or_else(|| {
                anyhow!("builder::{name}::send passes no OperationInfo with a literal id")
            })?;
            let response = response_type(&send.sig.output)
                .ok_or_else(|| anyhow!("builder::{name}::send has an unexpected return type"))?;
            found.insert(
                id,
                Builder {
                    name: name.clone(),
                    response,
                },
            );
        }
    }
    Ok(found)
}

fn last_ident(ty: &syn::Type) -> Option<String> {
    match ty {
        syn::Type::Path(path) => path.path.segments.last().map(|s| s.ident.to_string()),
        _ => None,
    }
}

/// `let info = OperationInfo { operation_id: "photo_get_all" };`
fn operation_info_id(block: &syn::Block) -> Option<String> {
    block.stmts.iter().find_map(|stmt| {
        let syn::Stmt::Local(local) = stmt else {
            return None;
        };
        let syn::Expr::Struct(init) = local.init.as_ref()?.expr.as_ref() else {
            return None;
        };
        init.fields
            .iter()
            .find_map(|field| match (&field.member, &field.expr) {
                (
                    syn::Member::Named(member),
                    syn::Expr::Lit(syn::ExprLit {
                        lit: syn::Lit::Str(id),
                        ..
                    }),
                ) if member == "operation_id" => Some(id.value()),
                _ => None,
            })
    })
}

/// `T` of `Result<ResponseValue<T>, Error<..>>`, as source text.
fn response_type(output: &syn::ReturnType) -> Option<String> {
    let syn::ReturnType::Type(_, ty) = output else {
        return None;
    };
    let result = first_generic(ty, "Result")?;
    let value = first_generic(result, "ResponseValue")?;
    match value {
        syn::Type::Tuple(unit) if unit.elems.is_empty() => Some("()".to_owned()),
        syn::Type::Path(path) if path.qself.is_none() => Some(
            path.path
                .segments
                .iter()
                .map(|s| s.ident.to_string())
                .collect::<Vec<_>>()
                .join("::"),
        ),
        _ => None,
    }
}

fn first_generic<'a>(ty: &'a syn::Type, outer: &str) -> Option<&'a syn::Type> {
    let syn::Type::Path(path) = ty else {
        return None;
    };
    let last = path.path.segments.last()?;
    if last.ident != outer {
        return None;
    }
    let syn::PathArguments::AngleBracketed(args) = &last.arguments else {
        return None;
    };
    args.args.iter().find_map(|arg| match arg {
        syn::GenericArgument::Type(ty) => Some(ty),
        _ => None,
    })
}

/// `photoGetAll` and `photo_get_all` both become `photogetall`.
fn folded(id: &str) -> String {
    id.chars()
        .filter(|c| *c != '_')
        .flat_map(char::to_lowercase)
        .collect()
}

/// `photoGetAll` → `PHOTO_GET_ALL`.
pub fn constant_name(id: &str) -> String {
    let mut name = String::new();
    let mut previous_lower = false;
    for c in id.chars() {
        if c.is_ascii_uppercase() && previous_lower {
            name.push('_');
        }
        previous_lower = c.is_ascii_lowercase() || c.is_ascii_digit();
        if c.is_ascii_alphanumeric() {
            name.push(c.to_ascii_uppercase());
        } else {
            name.push('_');
            previous_lower = false;
        }
    }
    name
}

/// Whether the operation takes both `page` and `itemsPerPage` in its query.
fn paged(spec: &Value, op: &Operation<'_>) -> bool {
    let path_level = spec
        .get("paths")
        .and_then(|paths| paths.get(op.path))
        .and_then(|item| item.get("parameters"))
        .and_then(Value::as_array);
    let own = op.value.get("parameters").and_then(Value::as_array);
    let names: Vec<&str> = path_level
        .into_iter()
        .chain(own)
        .flatten()
        .filter_map(|p| spec::resolve(spec, p).ok())
        .filter(|p| p.get("in").and_then(Value::as_str) == Some("query"))
        .filter_map(|p| p.get("name").and_then(Value::as_str))
        .collect();
    names.contains(&"page") && names.contains(&"itemsPerPage")
}

/// The text of `kartaview-api/src/operations.rs`, from the linted spec and the client
/// progenitor generated from it.
pub fn generate_operations(spec: &Value, generated_rs: &str) -> Result<String> {
    let mut by_folded: BTreeMap<String, Builder> = BTreeMap::new();
    for (id, builder) in builders(generated_rs)? {
        if by_folded.insert(folded(&id), builder).is_some() {
            bail!("two generated operations fold to the same name as `{id}`");
        }
    }
    let mut constants = String::new();
    let mut all = String::new();
    let mut generated = String::new();
    let mut impls = String::new();
    for op in spec::operations(spec) {
        let id = op
            .operation_id()
            .ok_or_else(|| anyhow!("{} has no operationId", op.label()))?;
        let constant = constant_name(id);
        let handwritten = op
            .handwritten()
            .map_err(|e| anyhow!("{}: {e}", op.label()))?;
        let idempotent = op
            .idempotent()
            .map_err(|e| anyhow!("{}: {e}", op.label()))?;
        let summary = op
            .value
            .get("summary")
            .and_then(Value::as_str)
            .unwrap_or(id)
            .replace('\n', " ");
        let method = op.method.to_ascii_uppercase();
        let kind = if handwritten {
            "handwritten in kartaview-ext: multipart"
        } else {
            "generated"
        };
        constants.push_str(&format!(
            "/// `{method} {path}`: {summary}; {kind}.\npub const {constant}: OperationSpec = \
             OperationSpec {{ id: {id:?}, method: Method::{variant}, path: {path:?}, idempotent: \
             {idempotent}, handwritten: {handwritten} }};\n",
            path = op.path,
            variant = method_variant(op.method)?,
        ));
        all.push_str(&format!("{constant},\n"));
        if handwritten {
            continue;
        }
        let builder = by_folded.remove(&folded(id)).ok_or_else(|| {
            anyhow!(
                "{}: progenitor generated no builder for this operation",
                op.label()
            )
        })?;
        let name = &builder.name;
        generated.push_str(&format!("<builder::{name}<'static> as Operation>::SPEC,\n"));
        impls.push_str(&format!(
            "impl Operation for builder::{name}<'_> {{\n\
             const SPEC: OperationSpec = {constant};\n\
             type Response = {response};\n\
             fn send(self) -> impl Future<Output = Result<ResponseValue<Self::Response>, Error<()>>> + Send {{\n\
             builder::{name}::send(self)\n}}\n}}\n",
            response = builder.response,
        ));
        if paged(spec, &op) {
            impls.push_str(&format!(
                "impl PagedOperation for builder::{name}<'_> {{\n\
                 fn with_page(self, page: NonZeroU64, items_per_page: NonZeroU64) -> Self {{\n\
                 self.page(page).items_per_page(items_per_page)\n}}\n}}\n",
            ));
        }
    }
    if let Some(stray) = by_folded.values().next() {
        bail!(
            "progenitor generated builder::{} for no operation of the spec",
            stray.name
        );
    }
    let source = format!(
        "//! Every operation of openapi.yaml as a typed value ([`OperationSpec`]), and the\n\
         //! [`Operation`] impl of every generated builder: what the handwritten layer runs them\n\
         //! through, without retyping a name.\n\
         use std::future::Future;\nuse std::num::NonZeroU64;\n\
         use progenitor_client::{{ByteStream, Error, ResponseValue}};\n\
         use crate::operation::{{Method, Operation, OperationSpec, PagedOperation}};\n\
         use crate::{{builder, types}};\n\
         {constants}\n\
         /// Every operation of the spec, generated and handwritten, in path order.\n\
         pub const ALL: &[OperationSpec] = &[\n{all}];\n\
         /// The generated operations, each read from its builder's [`Operation`] impl (so each\n\
         /// has one), in path order.\n\
         pub const GENERATED: &[OperationSpec] = &[\n{generated}];\n\
         {impls}"
    );
    let file =
        syn::parse_file(&source).map_err(|e| anyhow!("the operations file does not parse: {e}"))?;
    let formatted = progenitor_impl::space_out_items(prettyplease::unparse(&file))
        .map_err(|e| anyhow!("cannot space out the operations: {e}"))?;
    Ok(format!("{HEADER}\n{formatted}"))
}

fn method_variant(method: &str) -> Result<&'static str> {
    Ok(match method {
        "get" => "Get",
        "put" => "Put",
        "post" => "Post",
        "delete" => "Delete",
        "patch" => "Patch",
        "head" => "Head",
        "options" => "Options",
        other => bail!("method `{other}` is not supported"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn constant_names_follow_the_operation_ids() {
        assert_eq!(constant_name("photoGetAll"), "PHOTO_GET_ALL");
        assert_eq!(constant_name("v1MyList"), "V1_MY_LIST");
        assert_eq!(constant_name("sequenceFinishById"), "SEQUENCE_FINISH_BY_ID");
        assert_eq!(folded("v1MyList"), folded("v1_my_list"));
    }
}
