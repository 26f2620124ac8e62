package be.permits.contracts;

/** Categories of data an operator processes, as the applicant declares them. */
public enum DataCategory {
  PERSONAL,
  EMPLOYEE,
  CUSTOMS_DECLARATIONS,
  SHIPMENT_TRACKING,
  LOCATION,
  FINANCIAL,
  BIOMETRIC
}
