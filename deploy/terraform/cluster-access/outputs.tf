output "access_entry_arns" {
  description = "ARN of each cluster's access entry, by cluster name."
  value       = { for name, entry in aws_eks_access_entry.rolecall : name => entry.access_entry_arn }
}
