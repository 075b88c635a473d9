# Lets the member role read each listed EKS cluster's Kubernetes API: an access entry with AmazonEKSViewPolicy
# at cluster scope (get and list of pods, service accounts and ConfigMaps; Secrets excluded), in the group that
# the rolecall-rbac-reader ClusterRole binding of deploy/README.md grants ClusterRoleBindings to.
# Clusters in the API or API_AND_CONFIG_MAP authentication mode; CONFIG_MAP clusters: see deploy/README.md.

data "aws_partition" "current" {}
data "aws_caller_identity" "current" {}

locals {
  principal_arn = "arn:${data.aws_partition.current.partition}:iam::${data.aws_caller_identity.current.account_id}:role/${var.role_name}"
  view_policy   = "arn:${data.aws_partition.current.partition}:eks::aws:cluster-access-policy/AmazonEKSViewPolicy"
}

resource "aws_eks_access_entry" "rolecall" {
  for_each          = toset(var.cluster_names)
  cluster_name      = each.value
  principal_arn     = local.principal_arn
  type              = "STANDARD"
  kubernetes_groups = [var.kubernetes_group]
  tags              = var.tags
}

resource "aws_eks_access_policy_association" "rolecall_view" {
  for_each      = aws_eks_access_entry.rolecall
  cluster_name  = each.value.cluster_name
  principal_arn = each.value.principal_arn
  policy_arn    = local.view_policy
  access_scope {
    type = "cluster"
  }
}
